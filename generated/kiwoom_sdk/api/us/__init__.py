"""kiwoom_sdk.api.us: generated; do not edit."""
