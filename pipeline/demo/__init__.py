"""`newsmon demo`: the bundled made-up outlets served from 127.0.0.1 and the whole run on them."""
