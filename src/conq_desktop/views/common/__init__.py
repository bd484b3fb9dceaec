"""What every window shares: the theme, engine operations, the job runner, live
updates, translations and placing windows on screens."""
