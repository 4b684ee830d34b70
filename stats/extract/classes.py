"""The class a noun and its models name, and the class nouns counted together make."""

from __future__ import annotations

from collections.abc import Sequence

from ..contract import common_class, descendants
from ..models import Model

MISSILES = frozenset({"missile", *descendants("missile")})


def model_class(models: Sequence[Model]) -> str:
    """The class a list of models names: theirs if one, missile for missiles of several classes."""
    classes = {m.weapon for m in models}
    if len(classes) == 1:
        return classes.pop()
    if classes <= MISSILES:
        return "missile"
    return "aerial_weapon"


def resolve_class(head: str, models: Sequence[Model]) -> str:
    """The most specific class the noun and the named models state ("three Vampire projectiles": missiles)."""
    if head == "aerial_weapon" and models and len({m.weapon for m in models}) == 1 and models[0].weapon != "aircraft":
        head = models[0].weapon if models[0].weapon in ("drone", "guided_bomb") else "missile"
    if head == "missile" and models:
        classes = {m.weapon for m in models}
        if len(classes) == 1 and classes <= {"cruise_missile", "ballistic_missile"}:
            return classes.pop()
    return head


def fit_models(head: str, models: list[Model], catalogue: Sequence[Model]) -> list[Model]:
    """A family's name told with a noun of another class than its usual member's: the member of that class
    ("крылатая ракета «Искандер»": Iskander-K, where "Iskander" alone is the ballistic Iskander-M)."""
    if head not in ("cruise_missile", "ballistic_missile"):
        return models
    fitted = []
    for model in models:
        if model.weapon in ("cruise_missile", "ballistic_missile") and model.weapon != head:
            family = model.name.split("-")[0]
            kin = [m for m in catalogue if m.weapon == head and m.name.split("-")[0] == family]
            model = kin[0] if len(kin) == 1 else model
        fitted.append(model)
    return fitted


def join_heads(a: str, b: str) -> str:
    """The class two nouns counted together make ("drones and missiles": aerial weapons)."""
    if a == b:
        return a
    if a == "aircraft" or b == "aircraft":
        return a if b == "aircraft" else b
    return common(a, b)


def common(*weapons: str) -> str:
    """The nearest class the weapons share; aerial weapons where they share none."""
    return common_class(weapons) or "aerial_weapon"
