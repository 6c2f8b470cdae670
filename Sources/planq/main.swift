import PlanQuery
print("planq")
