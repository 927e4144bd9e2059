"""python -m unspin: the same as the unspin command."""

from unspin.cli import main

if __name__ == "__main__":
    main()
