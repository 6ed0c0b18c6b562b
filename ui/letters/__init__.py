"""Letters to the client: the confirmation letter's versions, preview, printing, signed copies."""
