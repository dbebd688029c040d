#!/usr/bin/env bash
# Installs the Debian packages the report tests need: LibreOffice Calc to
# render the workbook to PDF, Chromium to draw the chart pages, poppler-utils
# to check the PDF. Idempotent: does nothing when they are all installed.
# Node and npm are needed too, to install the pinned ECharts script
# (report/charts/package-lock.json).
set -euo pipefail
pkgs=(libreoffice-calc chromium poppler-utils fonts-dejavu-core)
missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm ships with some nodejs builds (e.g. NodeSource); ask Debian only when absent.
command -v npm >/dev/null || missing+=(npm)
if [ "${#missing[@]}" -eq 0 ]; then
	exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${missing[@]}"
