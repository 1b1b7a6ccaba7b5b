"""Working across borders without giving people away: pseudonymised identifiers, signed
bundles between deployments, overlap discovery and the retention purge."""
