from .session import run

run()
