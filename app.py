"""The petbreeds web page: upload a photo, see the five likeliest breeds and where the model looked.

Runs as a Hugging Face Space (SDK: Gradio) or anywhere with `python app.py`. It serves the classifier in
`PETBREEDS_MODEL` (default: `model/pets` next to this file, i.e. `model/pets.safetensors` and `model/pets.json`, as
`petbreeds train --out run` writes them in `run/model/`); photos in an `examples/` folder next to it become examples
to click. Needs `pip install "petbreeds[app]"`. See the "On Hugging Face Spaces" section of nbs/09_app.ipynb."""
import os
from pathlib import Path
from petbreeds.app import pets_app

HERE = Path(__file__).resolve().parent
MODEL = os.environ.get('PETBREEDS_MODEL', str(HERE/'model'/'pets'))
EXAMPLES = sorted(str(p) for p in (HERE/'examples').glob('*') if p.suffix.lower() in ('.jpg', '.jpeg', '.png', '.webp')) or None
demo = pets_app(MODEL, examples=EXAMPLES)

if __name__ == '__main__': demo.launch()  # on a Space, GRADIO_SERVER_NAME=0.0.0.0 is set for it
