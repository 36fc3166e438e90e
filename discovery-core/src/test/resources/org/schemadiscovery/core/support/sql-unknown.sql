SELECT ${unknown}
