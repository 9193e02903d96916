print(SystemExit(3).code, SystemExit().code, SystemExit('bye').code)
