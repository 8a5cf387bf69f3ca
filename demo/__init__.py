"""The main job (`make run`): a scripted client session against the simulator."""
