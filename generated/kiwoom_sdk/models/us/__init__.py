"""kiwoom_sdk.models.us: request and response models, one module per category. Generated from the specs; do not edit."""
