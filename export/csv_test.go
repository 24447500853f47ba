package export_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
)

// checkCSV parses b as CSV and checks every row has the header's width.
func checkCSV(b []byte) error {
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		return fmt.Errorf("no header")
	}
	return nil // ReadAll already refuses rows of another width
}
