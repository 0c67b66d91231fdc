"""Reading what each statement says: its topics (the lexicon), its figures and dates, its kind."""
