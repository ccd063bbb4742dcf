"""The revisit queue, the nurture list and the say-no dialog."""
