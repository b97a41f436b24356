"""Chinese names in Korean text: readings, transliteration, mentions, and the glossary."""
