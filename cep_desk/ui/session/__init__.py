"""The guided co-construction session window and its six steps."""
