"""kiwoom_sdk.api: generated; do not edit."""
