"""Where each tambon (and, at a province, each district) stands against the quota."""
