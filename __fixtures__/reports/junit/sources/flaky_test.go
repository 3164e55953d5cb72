package flaky

import (
	"os"
	"testing"
)

// Fails on the first run, passes once the marker file exists.
func TestFlaky(t *testing.T) {
	if _, err := os.Stat("/tmp/gots/marker"); err != nil {
		os.WriteFile("/tmp/gots/marker", []byte("x"), 0o644)
		t.Fatal("first attempt fails")
	}
}

func TestAlwaysFails(t *testing.T) { t.Fatal("broken for good") }

func TestPasses(t *testing.T) {}

func TestSkipped(t *testing.T) { t.Skip("not today") }

func TestSubtests(t *testing.T) {
	t.Run("stable", func(t *testing.T) {})
	t.Run("unstable", func(t *testing.T) {
		if _, err := os.Stat("/tmp/gots/marker2"); err != nil {
			os.WriteFile("/tmp/gots/marker2", []byte("x"), 0o644)
			t.Fatal("sub first attempt fails")
		}
	})
}
