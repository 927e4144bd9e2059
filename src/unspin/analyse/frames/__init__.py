"""Frame detectors, one module per family; the registry maps rule ids to (gate, detector)."""

from __future__ import annotations

from unspin.analyse.frames import labels, rescue, trafficking, workplace
from unspin.analyse.frames.base import Detector, Gate

REGISTRY: dict[str, tuple[Gate, Detector]] = {
    rescue.RULE: (rescue.gate, rescue.detect),
    trafficking.CONFLATION: (trafficking.gate, trafficking.detect_conflation),
    trafficking.MISNAMED: (trafficking.gate_misnamed, trafficking.detect_misnamed),
    labels.PASSIVE: (labels.gate_passive, labels.detect_passive),
    labels.CRIMINALIZING: (labels.gate_criminalizing, labels.detect_criminalizing),
    labels.TROPE: (labels.gate_trope, labels.detect_trope),
    labels.SAVIOUR: (labels.gate_saviour, labels.detect_saviour),
    workplace.CAPTIVITY: (workplace.gate_sexwork, workplace.detect_captivity),
    workplace.MOVEMENT: (workplace.gate_sexwork, workplace.detect_movement),
    workplace.EXPLOITATION: (workplace.gate_sexwork, workplace.detect_exploitation),
}
