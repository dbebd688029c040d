package parquet

import (
	"sync"

	"github.com/apache/arrow/go/v17/parquet/compress"
	"github.com/klauspost/compress/zstd"
)

// Arrow v17's zstd codec builds a new encoder for every page it compresses
// (zstdCodec.EncodeLevel), which allocates megabytes each time: 86% of the
// memory a build allocated went there. This codec keeps one encoder, made
// once, and otherwise defers to Arrow's. Its output is the same for the
// same input, like the original's.
type zstdCodec struct {
	compress.Codec // Arrow's own, for readers and streams
}

var (
	sharedEncoder *zstd.Encoder
	codecOnce     sync.Once
)

// useSharedZstd installs the codec; Write and Read call it before any use.
func useSharedZstd() {
	codecOnce.Do(func() {
		orig, err := compress.GetCodec(compress.Codecs.Zstd)
		if err != nil {
			return // keep Arrow's own
		}
		enc, err := zstd.NewWriter(nil, zstd.WithZeroFrames(true), zstd.WithEncoderLevel(zstd.SpeedDefault))
		if err != nil {
			return
		}
		sharedEncoder = enc
		compress.RegisterCodec(compress.Codecs.Zstd, zstdCodec{orig})
	})
}

func (zstdCodec) Encode(dst, src []byte) []byte { return sharedEncoder.EncodeAll(src, dst[:0]) }

// EncodeLevel ignores level: Write never sets one, so the writer always
// asks for the default.
func (zstdCodec) EncodeLevel(dst, src []byte, _ int) []byte {
	return sharedEncoder.EncodeAll(src, dst[:0])
}
