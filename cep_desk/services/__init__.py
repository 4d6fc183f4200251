"""Use cases the window and the command line call.

Each write is one transaction that stores the domain change, its outbox entry
(for the sync to come) and its audit entry together — in the service, not in
hidden ORM events, so it is visible and testable.
"""
