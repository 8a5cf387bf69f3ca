"""kiwoom_sdk.models.domestic: request and response models, one module per category. Generated from the specs; do not edit."""
