// Written by the benchmark task.
print("policyrank-bench: not yet written")
