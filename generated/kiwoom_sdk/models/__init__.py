"""kiwoom_sdk.models: request and response models, one module per category. Generated from the specs; do not edit."""
