print(-True, ~True, +True, -False)
