"""textmine's lexicons: versioned data files shipped inside the wheel (see README.md here)."""
