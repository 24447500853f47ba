// Package wordlist reads the English word list the dictionary generators
// check names against (Debian's wamerican, /usr/share/dict/words).
package wordlist

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"unicode"
)

// Read returns the words of the list at path, one a line, leaving out
// capitalised proper names and possessives ("Paris", "dog's"). An error
// names the file and says how to install it. Cost: linear in the file.
func Read(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("word list %s: %w (install the Debian package wamerican, or pass -words)", path, err)
	}
	defer f.Close()
	w := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasSuffix(s, "'s") || unicode.IsUpper([]rune(s)[0]) {
			continue
		}
		w[s] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("word list %s: %w", path, err)
	}
	return w, nil
}
