"""Service functions of the missions app: logic lives here, not in models or views."""
