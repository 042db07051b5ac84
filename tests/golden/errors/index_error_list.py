# List index out of range.
nums = [1, 2, 3]
print(nums[2])
print(nums[3])
