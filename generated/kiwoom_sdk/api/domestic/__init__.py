"""kiwoom_sdk.api.domestic: generated; do not edit."""
