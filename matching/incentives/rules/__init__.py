"""Rule files (YAML data, one per aid, and cumulation.yaml); a package only so that they ship in wheels."""
