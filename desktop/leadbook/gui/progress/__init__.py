"""The Progress page: the seller's own follow-up beside the research."""
