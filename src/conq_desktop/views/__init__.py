"""The Qt windows. Everything here only asks the engine and reacts to changes."""
