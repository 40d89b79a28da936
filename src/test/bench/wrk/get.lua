-- A plain GET of the URL given on the command line, with the headers given with -H.
dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")
