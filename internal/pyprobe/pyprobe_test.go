package pyprobe

import (
	"context"
	"testing"
)

func TestMissingNamesAbsentModule(t *testing.T) {
	missing, err := Missing(context.Background(), "sys", "actorgraph_no_such_module")
	if err != nil {
		t.Skipf("no interpreter: %v", err)
	}
	if len(missing) != 1 || missing[0] != "actorgraph_no_such_module" {
		t.Fatalf("Missing = %q, want only the absent module", missing)
	}
}

func TestPackagesNamesDebianPackage(t *testing.T) {
	if got := packages([]string{"numpy", "foo"}); got != "python3-numpy python module foo" {
		t.Fatalf("packages = %q", got)
	}
}
