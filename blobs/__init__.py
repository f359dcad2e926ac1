"""Where uploaded bytes live, below every domain that keeps files: `keys` (content addressing and the
`BlobStorage` interface), one module per backend (`local`, `s3`), and `factory.storage_for(settings)`."""
