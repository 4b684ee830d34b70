"""The bundled seed articles (the default corpus of `attack-stats run`), shipped as stats.seeds."""
