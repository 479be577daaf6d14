"""Personal-data detectors behind ``humas_ai.ethics.find_pii`` and ``mask_pii``.

One module per family: ``numbers`` (e-mail, NIK/KK, NIP, NPWP, account, phone, plate),
``addresses`` and ``names`` (with the word lists in ``given_names``). The public API stays
in ``humas_ai.ethics``.
"""
