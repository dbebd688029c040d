// Package lang detects the language of an article.
package lang

// Und is the code for an undetermined language.
const Und = "und"

// Detect returns the ISO 639-1 code of text's language and a confidence in
// [0,1]; Und when it cannot tell.
// PLACEHOLDER.
func Detect(text string) (code string, confidence float64) { return Und, 0 }
