"""``python -m textmine``: the command line."""

from textmine._entry import main

if __name__ == "__main__":
    main()
