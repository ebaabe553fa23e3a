package org.papergraph.bench;

import java.util.List;

/**
 * The words the synthetic corpus is written with: real machine-learning topics (named after slugs of the taxonomy,
 * with phrases the topic assignment looks for), their methods, tasks and data sets, sentence templates, and names.
 */
final class Vocabulary {

	/**
	 * One research area.
	 *
	 * @param slug the taxonomy topic it should be assigned to
	 * @param prefix a name prefix papers of the area like to use
	 * @param phrases key phrases of the area, also used as keywords
	 * @param methods methods of the area
	 * @param tasks tasks the area works on
	 * @param datasets data sets and benchmarks of the area
	 */
	record Area(String slug, String prefix, List<String> phrases, List<String> methods, List<String> tasks,
			List<String> datasets) {
	}

	static final List<Area> AREAS = List.of(
			new Area("infinite-context", "Infini",
					List.of("long context", "infinite context", "context window", "context extension",
							"length generalization", "length extrapolation", "KV cache", "long-term memory",
							"needle in a haystack", "long sequence"),
					List.of("sliding window attention", "position interpolation", "KV cache compression",
							"recurrent memory transformer", "sparse attention", "attention sinks"),
					List.of("long document question answering", "long-context language modeling", "book summarization",
							"repository-level code understanding"),
					List.of("LongBench", "RULER", "PG-19", "InfiniteBench", "L-Eval")),
			new Area("reinforcement-learning", "RL",
					List.of("reinforcement learning", "policy gradient", "value function", "Markov decision process",
							"exploration", "reward shaping", "sample efficiency", "off-policy learning"),
					List.of("proximal policy optimization", "soft actor-critic", "Q-learning", "model-based planning",
							"temporal difference learning", "distributional critics"),
					List.of("continuous control", "Atari games", "sparse-reward navigation", "multi-task control"),
					List.of("MuJoCo", "Atari 100k", "D4RL", "Procgen", "DeepMind Control Suite")),
			new Area("diffusion-models", "Diff",
					List.of("diffusion model", "denoising diffusion", "score-based generative model", "noise schedule",
							"latent diffusion", "classifier-free guidance"),
					List.of("DDIM sampling", "consistency distillation", "flow matching", "U-Net denoiser",
							"diffusion transformer", "rectified flow"),
					List.of("image synthesis", "text-to-image generation", "image inpainting", "super-resolution"),
					List.of("ImageNet", "MS-COCO", "LAION-5B", "FFHQ", "CIFAR-10")),
			new Area("llm-reasoning", "Reason",
					List.of("chain of thought", "multi-step reasoning", "mathematical reasoning", "self-consistency",
							"test-time compute", "reasoning model", "tree of thought"),
					List.of("process reward models", "Monte Carlo tree search", "self-verification",
							"reinforcement learning with verifiable rewards", "best-of-n sampling"),
					List.of("math word problems", "competition mathematics", "logical deduction",
							"scientific question answering"),
					List.of("GSM8K", "MATH", "AIME", "ARC-Challenge", "StrategyQA")),
			new Area("llm-agents", "Agent",
					List.of("LLM agent", "tool use", "function calling", "web agent", "multi-agent system",
							"agentic workflow"),
					List.of("ReAct prompting", "hierarchical planning", "self-reflection", "episodic memory retrieval",
							"tool-augmented decoding"),
					List.of("web navigation", "software engineering tasks", "computer control", "travel planning"),
					List.of("WebArena", "SWE-bench", "GAIA", "ALFWorld", "Mind2Web")),
			new Area("retrieval-augmented-generation", "Rag",
					List.of("retrieval-augmented generation", "dense retrieval", "retriever", "knowledge-augmented",
							"vector database", "document retrieval"),
					List.of("contrastive dual encoders", "cross-encoder re-ranking", "query rewriting",
							"iterative retrieval", "late interaction"),
					List.of("open-domain question answering", "fact verification", "multi-hop question answering"),
					List.of("Natural Questions", "HotpotQA", "TriviaQA", "MS MARCO", "BEIR")),
			new Area("llm-alignment", "Align",
					List.of("preference optimization", "direct preference optimization", "human preference",
							"reward model", "helpful and harmless", "constitutional AI"),
					List.of("reinforcement learning from human feedback", "rejection sampling",
							"KL-regularized fine-tuning", "self-rewarding training"),
					List.of("instruction following", "harmless dialogue", "red teaming"),
					List.of("AlpacaEval", "MT-Bench", "HH-RLHF", "UltraFeedback", "Arena-Hard")),
			new Area("efficient-llm-inference", "Fast",
					List.of("speculative decoding", "quantization", "efficient inference", "inference acceleration",
							"draft model", "token pruning"),
					List.of("4-bit weight quantization", "activation outlier smoothing", "paged attention",
							"early exit", "continuous batching"),
					List.of("LLM serving", "on-device inference", "batch decoding"),
					List.of("ShareGPT", "WikiText-2", "C4", "LMSYS-Chat-1M")),
			new Area("mixture-of-experts", "MoE",
					List.of("mixture of experts", "sparse experts", "expert routing", "load balancing",
							"conditional computation"),
					List.of("top-k gating", "expert parallelism", "shared experts", "auxiliary-loss-free balancing"),
					List.of("large-scale pretraining", "multilingual modeling", "instruction tuning at scale"),
					List.of("The Pile", "RedPajama", "C4", "FineWeb")),
			new Area("vision-language-models", "Vis",
					List.of("vision-language model", "multimodal large language model", "visual instruction tuning",
							"vision encoder", "image-text alignment"),
					List.of("contrastive image-text pretraining", "cross-attention adapters",
							"visual token compression", "dynamic high-resolution tiling"),
					List.of("visual question answering", "chart understanding", "document understanding",
							"image captioning"),
					List.of("VQAv2", "MMMU", "TextVQA", "ChartQA", "LLaVA-Bench")),
			new Area("code-generation", "Code",
					List.of("code generation", "code LLM", "program synthesis", "code completion", "code repair"),
					List.of("execution feedback", "unit test generation", "fill-in-the-middle training",
							"repository context retrieval"),
					List.of("repository-level code completion", "bug fixing", "competitive programming"),
					List.of("HumanEval", "MBPP", "LiveCodeBench", "APPS", "SWE-bench Verified")),
			new Area("gaussian-splatting", "Splat",
					List.of("Gaussian splatting", "neural radiance field", "novel view synthesis", "3D reconstruction",
							"text-to-3D"),
					List.of("score distillation sampling", "differentiable rasterization", "multi-view diffusion",
							"mesh extraction"),
					List.of("3D asset generation", "scene reconstruction", "dynamic scene rendering"),
					List.of("Objaverse", "ShapeNet", "ScanNet", "Mip-NeRF 360", "DTU")),
			new Area("video-generation", "Vid",
					List.of("video generation", "text-to-video", "temporal consistency", "video diffusion",
							"motion control"),
					List.of("spatiotemporal attention", "causal video VAE", "frame interpolation",
							"camera pose conditioning"),
					List.of("text-to-video synthesis", "image animation", "video editing"),
					List.of("WebVid-10M", "UCF-101", "Kinetics-600", "VBench")),
			new Area("speech-processing", "Voice",
					List.of("speech recognition", "text-to-speech", "speech synthesis", "spoken language model",
							"audio tokenizer", "voice cloning"),
					List.of("neural audio codecs", "streaming encoders", "self-supervised speech representations",
							"flow-matching vocoders"),
					List.of("automatic speech recognition", "zero-shot voice cloning", "speech translation"),
					List.of("LibriSpeech", "Common Voice", "VCTK", "AudioCaps")),
			new Area("robot-learning", "Robo",
					List.of("robot learning", "robot manipulation", "embodied AI", "vision-language-action model",
							"imitation learning", "sim-to-real transfer"),
					List.of("diffusion policy", "behavior cloning", "domain randomization", "teleoperation data"),
					List.of("dexterous manipulation", "legged locomotion", "mobile manipulation"),
					List.of("Open X-Embodiment", "RLBench", "CALVIN", "LIBERO", "Meta-World")),
			new Area("graph-neural-networks", "Graph",
					List.of("graph neural network", "message passing", "node classification", "link prediction",
							"graph transformer", "over-smoothing"),
					List.of("graph attention", "spectral convolution", "structural positional encodings",
							"subgraph sampling"),
					List.of("molecular property prediction", "knowledge graph completion", "traffic forecasting"),
					List.of("OGB", "Cora", "QM9", "ZINC", "PubMed")),
			new Area("state-space-models", "Mamba",
					List.of("state space model", "selective state space", "linear attention", "linear recurrence",
							"subquadratic architecture"),
					List.of("selective scan", "hardware-aware parallel scan", "gated linear recurrence",
							"hybrid attention layers"),
					List.of("long-range sequence modeling", "language modeling", "genomic sequence modeling"),
					List.of("Long Range Arena", "The Pile", "PG-19")),
			new Area("low-rank-adaptation", "Lora",
					List.of("parameter-efficient fine-tuning", "low-rank adaptation", "LoRA", "adapter",
							"prompt tuning"),
					List.of("low-rank weight updates", "quantized LoRA", "adapter merging", "rank allocation"),
					List.of("domain adaptation", "multi-task fine-tuning", "personalized generation"),
					List.of("GLUE", "SuperGLUE", "Alpaca", "Commonsense170K")),
			new Area("federated-learning", "Fed",
					List.of("federated learning", "differential privacy", "client heterogeneity", "secure aggregation",
							"privacy-preserving learning"),
					List.of("federated averaging", "noisy gradient clipping", "personalized federated learning",
							"client sampling"),
					List.of("cross-device training", "medical image analysis", "next-word prediction on devices"),
					List.of("FEMNIST", "CIFAR-100", "Shakespeare", "MIMIC-III")),
			new Area("time-series-forecasting", "Chrono",
					List.of("time series forecasting", "multivariate time series", "anomaly detection",
							"temporal patterns", "time series foundation model"),
					List.of("patch-based transformers", "seasonal-trend decomposition", "frequency-domain mixing",
							"probabilistic forecasting heads"),
					List.of("long-horizon forecasting", "energy load forecasting", "traffic prediction"),
					List.of("ETTh1", "Electricity", "Traffic", "Weather", "M4")));

	static final List<String> GENERIC_KEYWORDS = List.of("transformer", "benchmark", "ablation study", "scaling law",
			"zero-shot", "few-shot learning", "pretraining", "fine-tuning", "open-source model", "large language model",
			"synthetic data", "knowledge distillation", "contrastive learning", "self-supervised learning",
			"curriculum learning");

	static final List<String> ADJECTIVES = List.of("scalable", "efficient", "unified", "simple", "robust",
			"training-free", "lightweight", "adaptive", "hierarchical", "general-purpose", "data-efficient", "modular",
			"sparse", "principled", "open", "controllable", "interpretable", "memory-efficient", "compositional",
			"plug-and-play");

	static final List<String> CHALLENGES = List.of("quadratic attention cost", "limited training data",
			"distribution shift", "high inference latency", "catastrophic forgetting", "reward hacking", "hallucination",
			"poor sample efficiency", "memory bottlenecks", "error accumulation over long horizons",
			"expensive human annotation", "a lack of interpretability", "noisy supervision", "exposure bias");

	static final List<String> COMPONENTS = List.of("memory module", "routing mechanism", "reward model",
			"attention kernel", "noise scheduler", "retrieval index", "verifier", "planner", "adapter", "tokenizer",
			"training curriculum", "data pipeline", "gating network", "caching strategy");

	static final List<String> METRICS = List.of("accuracy", "F1", "BLEU", "FID", "success rate", "pass@1",
			"perplexity", "win rate", "mAP", "PSNR", "exact match", "throughput");

	static final List<String> VERBS = List.of("improves", "rethinks", "extends", "simplifies", "unifies",
			"accelerates", "stabilizes", "revisits");

	static final List<String> NAME_SUFFIXES = List.of("", "", "", "-LM", "Net", "-R1", "Former", "Bench", "-V2",
			"Gen", "-X", "Flow", "-7B", "Zero");

	/**
	 * Title templates. A placeholder names a word list, for example {@code {phrase}} or {@code {method}}; a capitalized
	 * placeholder such as {@code {Phrase}} is written in title case, and every text starts with a capital.
	 */
	static final List<String> TITLES = List.of("{name}: {Adj} {Phrase} for {Task}", "{name}: Scaling {Method} to {Task}",
			"{name}: Towards {Adj} {Task} with {Phrase}", "{name}: Rethinking {Phrase} for {Task}",
			"{name}: Unlocking {Phrase} in {Task}", "Improving {Task} with {name}: {Adj} {Method} at Scale",
			"{name}: When {Phrase} Meets {Phrase2}", "{name}: A Benchmark for {Phrase} in {Task}",
			"{name}: {Phrase} Is a Strong Baseline for {Task}", "Learning {Task} from {Phrase} with {name}",
			"{name}: Efficient {Phrase} through {Method}", "{name}: On the Limits of {Phrase} in {Task}",
			"{name}: {Adj} {Method} Beyond {Dataset}", "Teaching Models {Task} with {name}");

	static final List<String> INTRO = List.of("{phrase} has become a central problem in {task}.",
			"Recent advances in {phrase} have enabled remarkable progress on {task}.",
			"{method} has emerged as a powerful paradigm for {task}, yet {phrase} remains challenging.",
			"Despite rapid progress in {phrase}, existing approaches to {task} still struggle with {challenge}.",
			"{task} increasingly depends on {phrase}, but its cost grows quickly with model and data size.");

	static final List<String> PROBLEM = List.of("Existing methods rely on {method}, which scales poorly because of {challenge}.",
			"However, current {phrase} techniques suffer from {challenge} and {challenge2}.",
			"A key obstacle is {challenge}, which limits the applicability of {method} in practice.",
			"Prior work on {phrase2} addresses this only partially and ignores {challenge}.");

	static final List<String> METHOD = List.of(
			"In this paper, we propose {name}, {adjA} framework that combines {method} with {phrase2}.",
			"We introduce {name}, which {verb} {phrase} by means of {method2}.",
			"Our approach builds {adjA} {component} on top of {method} and trains it end to end.",
			"Specifically, {name} uses {method2} to guide the {component} and to exploit {phrase2}.",
			"We further design {adjA} {component} that reduces {challenge} without additional training.",
			"Theoretically, we show that {method} converges under mild assumptions when combined with {phrase}.",
			"We also construct a new evaluation suite that isolates {phrase} from {phrase2}.");

	static final List<String> RESULTS = List.of(
			"Experiments on {dataset} and {dataset2} show that {name} outperforms strong baselines by {n}% in {metric}.",
			"On {dataset}, {name} improves {metric} from {x} to {y} while using {k}x less memory.",
			"Extensive evaluations across {n2} benchmarks demonstrate consistent gains over {method}.",
			"Ablation studies confirm that each component of {name} contributes to the final performance.",
			"{name} matches models {k}x larger on {dataset} at a fraction of the training cost.");

	static final List<String> RELEASE = List.of("Code and models are publicly available.",
			"We release our code, data and checkpoints to facilitate future research.",
			"All artifacts will be released to support reproducibility.");

	static final List<String> SUMMARIES = List.of(
			"{name} {verb} {phrase} for {task} by combining {method} with {adjB} {component}.",
			"A {adjB} {method} approach, {name}, advances {task} through {phrase}.",
			"{name} addresses {challenge} in {task} using {method} and {phrase}.");

	static final List<String> FIRST_NAMES = List.of("Wei", "Yang", "Jing", "Hao", "Xin", "Yu", "Lei", "Min", "Jun",
			"Tian", "Rui", "Chen", "Yifan", "Zhiyuan", "Haotian", "Kaiming", "Ananya", "Rahul", "Priya", "Arjun",
			"Sanjay", "Kavya", "Vikram", "Neha", "Hiroshi", "Yuki", "Takeshi", "Sakura", "Kenji", "Minjun", "Jiwoo",
			"Seojun", "Hyunwoo", "Soyeon", "Emma", "Olivia", "Liam", "Noah", "Ava", "Sophia", "Lucas", "Mia", "Ethan",
			"Amelia", "James", "Charlotte", "Benjamin", "Harper", "Daniel", "Evelyn", "Matthew", "Abigail", "David",
			"Emily", "Joseph", "Elizabeth", "Samuel", "Sofia", "Alexander", "Victoria", "Maximilian", "Lena", "Felix",
			"Hannah", "Jonas", "Clara", "Luca", "Giulia", "Matteo", "Chiara", "Pierre", "Camille", "Louis", "Chloe",
			"Hugo", "Ines", "Pablo", "Lucia", "Javier", "Carmen", "Diego", "Valentina", "Mateo", "Isabela", "Rafael",
			"Beatriz", "Ivan", "Anastasia", "Dmitri", "Olga", "Mikhail", "Elena", "Omar", "Fatima", "Yusuf", "Layla",
			"Ahmed", "Mariam", "Kwame", "Amara", "Tunde", "Zainab", "Kofi", "Nia", "Ali", "Sara", "Reza", "Leila",
			"Mehmet", "Elif", "Lars", "Ingrid", "Erik", "Astrid", "Nils", "Freya", "Tomasz", "Zofia", "Jakub", "Maja",
			"Noam", "Tamar", "Ari", "Yael", "Thanh", "Linh", "Minh", "Anh", "Somchai", "Ploy", "Arif", "Siti", "Jose",
			"Maria", "Carlos", "Ana", "Sean", "Aoife", "Connor", "Niamh", "Oskar", "Eva", "Jan", "Petra", "Milan",
			"Jana", "Andrei", "Ioana");

	static final List<String> LAST_NAMES = List.of("Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao",
			"Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie",
			"Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Sharma", "Patel", "Gupta", "Singh", "Kumar", "Reddy",
			"Iyer", "Nair", "Mehta", "Chopra", "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto",
			"Nakamura", "Kobayashi", "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Smith", "Johnson",
			"Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore",
			"Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young",
			"Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell",
			"Roberts", "Carter", "Phillips", "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris",
			"Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed", "Bailey", "Bell", "Kelly", "Howard",
			"Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray", "Hughes", "Price", "Sanders",
			"Myers", "Long", "Ross", "Foster", "Muller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
			"Becker", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Rossi", "Russo", "Ferrari", "Esposito",
			"Bianchi", "Romano", "Colombo", "Ricci", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent",
			"Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez",
			"Torres", "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Volkov", "Novak", "Kowalski", "Nowak", "Horvat",
			"Yilmaz", "Kaya", "Demir", "Hosseini", "Ahmadi", "Rahman", "Hassan", "Ibrahim", "Okafor", "Mensah",
			"Nguyen", "Tran", "Pham", "Le", "Hoang", "Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa",
			"Andersen", "Nielsen", "Hansen", "Johansson", "Larsen", "Berg", "Cohen", "Levi", "Friedman", "Katz");

	static final String CONSONANTS = "bdfgklmnprstvzch";

	static final String VOWELS = "aeiou";

	static final List<String> LAB_KINDS = List.of("Lab", "AI", "Research", "Institute", "University", "Labs");

	private Vocabulary() {
	}

}
