from kic_extract.cli import main

raise SystemExit(main())
