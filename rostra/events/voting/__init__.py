"""Pure cores of voting: the counting rule (`rule`) and the secret-ballot protocol (`protocol`).

Nothing here imports Django or Rostra: the live room, the admin and `rostra verify-vote` (and,
for the protocol, the standalone `scripts/verify_vote.py`) use the same code.
"""
