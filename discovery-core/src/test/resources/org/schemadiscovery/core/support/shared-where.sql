-- the shared condition
WHERE ${condition} AND b = ${b}
