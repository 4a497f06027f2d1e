"""Policy files (YAML data); a package only so that they ship in wheels."""
