"""``python -m textmine``: the command line."""

from textmine.cli import main

if __name__ == "__main__":
    main()
