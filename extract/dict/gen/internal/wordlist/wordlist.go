// Package wordlist reads the English word list the dictionary generators
// check names against (Debian's wamerican, /usr/share/dict/words).
package wordlist

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/extract/dict/gen/internal/textfile"
)

// Read returns the words of the list at path, one a line, leaving out
// capitalised proper names and possessives ("Paris", "dog's"). An error
// names the file and says how to install it. Cost: linear in the file.
func Read(path string) (map[string]bool, error) {
	words, _, err := ReadAll(path)
	return words, err
}

// ReadAll reads the list at path once and returns its words in two sets,
// as written: the lower-case words (what Read returns: "mobile") and the
// capitalised ones, the proper names (place names, given names, famous
// surnames: "Paris", "Shannon", "Jordan"). Possessives ("dog's",
// "Paris's") and empty lines are in neither. An error names the file and
// says how to install it. Cost: linear in the file (about 100,000 lines).
func ReadAll(path string) (words, proper map[string]bool, err error) {
	words, proper = map[string]bool{}, map[string]bool{}
	err = textfile.Lines(path, func(_ int, line string) error {
		s := strings.TrimSpace(line)
		switch {
		case s == "" || strings.HasSuffix(s, "'s"):
		case unicode.IsUpper([]rune(s)[0]):
			proper[s] = true
		default:
			words[s] = true
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("word list: %w (install the Debian package wamerican, or pass -words)", err)
	}
	return words, proper, nil
}
