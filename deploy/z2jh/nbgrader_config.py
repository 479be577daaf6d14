"""nbgrader configuration inside the participant image on the class cluster.

The exchange is ngshare: release, fetch, submit and feedback go over HTTP to the ngshare
service, which learns who is calling from the JupyterHub token of the participant's own server
(``JUPYTERHUB_API_TOKEN``), not from a name the participant types.  ``NGSHARE_URL`` and
``HUMAS_AI_KURSUS`` come from ``singleuser.extraEnv`` in deploy/z2jh/values.yaml.
"""

import os

from ngshare_exchange import configureExchange

c = get_config()  # noqa: F821 - provided by traitlets when nbgrader loads this file

configureExchange(
    c, os.environ.get("NGSHARE_URL", "http://ngshare.kelas.svc.cluster.local:8080/services/ngshare")
)
c.CourseDirectory.course_id = os.environ.get("HUMAS_AI_KURSUS", "kelas-ai-humas")
